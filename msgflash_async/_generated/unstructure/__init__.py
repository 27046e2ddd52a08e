# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""One straight-line unstructure function per model a request body can hold, `unstructure(model)` in the
module named like the model's.

The converter imports a model's module on first use and falls back to its detailed path whenever a
function raises (see `msgflash_async/_converter.py`).
"""

#: The model modules that have a function here (request bodies and what they contain).
MODULES = frozenset(
    (
        "add_group_members_request",
        "all_recipients",
        "bulk_delete_contacts_request",
        "call_button",
        "copy_button",
        "create_audio_campaign",
        "create_audio_template",
        "create_buttons_campaign",
        "create_contact_group_request",
        "create_contact_request",
        "create_document_campaign",
        "create_document_template",
        "create_image_campaign",
        "create_image_template",
        "create_number_lookup_request",
        "create_template_campaign",
        "create_text_campaign",
        "create_text_template",
        "create_video_campaign",
        "create_video_template",
        "create_voice_note_campaign",
        "create_webhook_request",
        "explicit_recipients",
        "group_recipients",
        "image_status",
        "import_lookup_contacts_request",
        "pix_button",
        "remove_group_members_request",
        "reply_button",
        "schedule_audio_message",
        "schedule_buttons_message",
        "schedule_contact_message",
        "schedule_document_message",
        "schedule_image_message",
        "schedule_location_message",
        "schedule_template_message",
        "schedule_text_message",
        "schedule_video_message",
        "schedule_voice_note_message",
        "send_audio_message",
        "send_buttons_message",
        "send_contact_message",
        "send_document_message",
        "send_image_message",
        "send_location_message",
        "send_template_message",
        "send_text_message",
        "send_video_message",
        "send_voice_note_message",
        "tag_recipients",
        "template_preview_request",
        "text_status",
        "update_contact_group_request",
        "update_contact_request",
        "update_template_request",
        "url_button",
    )
)
