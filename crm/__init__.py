"""The CRM console: staff sign in, see the escalation queue, take a conversation over from the
bot, reply to the participant on their channel, and hand the conversation back."""
