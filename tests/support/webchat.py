"""The web chat API token of the test settings: tests speak to the API as a trusted server
(with their own user ids) unless they test the browser's visitor cookie."""

from __future__ import annotations

WEBCHAT_TOKEN = "test-webchat-token"
TRUSTED = {"Authorization": f"Bearer {WEBCHAT_TOKEN}"}
