"""Channel-neutral message types (defined in flows, the lowest layer that produces replies)."""

from flows.messages import MAX_TEXT_LENGTH, Button, Contact, Inbound, Location, Outbound

__all__ = ["MAX_TEXT_LENGTH", "Button", "Contact", "Inbound", "Location", "Outbound"]
