"""What the router lends the flow runner (``flows.runtime.hooks``): a digression answered, the
chat handed to a person, the main menu."""

from __future__ import annotations

from flows import handoff
from flows.digression import digress
from flows.menu import main_menu
from flows.messages import Outbound
from flows.runtime.hooks import Hooks


def hooks() -> Hooks:
    return Hooks(digress=digress, handoff=handoff.request, menu=menu)


def menu(language: str) -> Outbound:
    return main_menu(language, first=False)
