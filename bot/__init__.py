"""The runtime: channels in, engine turn, channels out; the ASGI app and the CLI."""
