"""Test-wide setup: nothing here may reach the network beyond loopback."""
