"""Broadcast campaigns: a text sent to a segment of participants who opted in, each recipient
once, at the platforms' rate limits, honouring opt-outs up to the moment of sending."""
