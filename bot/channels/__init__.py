"""Channel adapters: each verifies and parses its input into one Inbound and renders Outbound."""
