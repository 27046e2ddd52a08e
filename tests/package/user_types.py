# pyright: strict
"""A user's file, type-checked by the `package` session with mypy --strict (and pyright --strict) against the
installed wheel: the revealed types must be the SDK's exact types, never Any.

Each `reveal_type` line carries the type it must show after `# expect:`; noxfile.py compares the checker's
output with these comments, so adding a line here adds a check.
"""

from __future__ import annotations

from typing import reveal_type

from msgflash_async import MsgFlash, NotFoundError


async def main() -> None:
    async with MsgFlash() as mf:
        contact = await mf.contacts.get("c")
        reveal_type(contact)  # expect: Contact
        reveal_type(contact.name)  # expect: str
        contacts = mf.contacts.list(limit=100)
        reveal_type(contacts)  # expect: AsyncPaginator[Contact, ContactPage]
        async for item in contacts:
            reveal_type(item)  # expect: Contact
        reveal_type(await contacts)  # expect: ContactPage
        try:
            await mf.instances.get("i")
        except NotFoundError as error:
            reveal_type(error)  # expect: NotFoundError
            reveal_type(error.status)  # expect: int
            reveal_type(error.code)  # expect: str | None
