"""User code with planted mistakes: `mypy --strict` must report each line marked `# E: <codes>`, and no other.

Not a test module (pytest does not collect it); tests/contract/test_codegen.py type-checks it.
"""

from __future__ import annotations

from msgflash_async import MsgFlash
from msgflash_async.models import Contact, SendTextMessage


def use(*values: object) -> None:
    """Stands for whatever the application does with a value."""


async def mistakes(mf: MsgFlash) -> None:
    await mf.messages.send(SendTextMessage(instance_id="i", to=33612345678, text="Bonjour"))  # E: arg-type
    await mf.messages.send(SendTextMessage(instance_id="i", to="+33612345678"))  # E: call-arg
    await mf.messages.send(SendTextMessage(instance_id="i", to="+1", text="x", type_="image"))  # E: arg-type
    mf.contacts.list(sort="name_desc")  # E: arg-type
    await mf.contacts.create(SendTextMessage(instance_id="i", to="+1", text="x"))  # E: call-arg, arg-type
    contacts: list[Contact] = await mf.contacts.list()  # E: assignment
    for contact in mf.contacts.list():  # E: attr-defined
        use(contact)
    await mf.contact.get("c1")  # E: attr-defined
    use(contacts)
