"""名单与走访: shortlists, the outreach pipeline, contacts, visits, reminders and dossiers.

Left: the shortlists and the next steps that are due. Middle: the firms of the chosen list, in
their order (drag rows, or Move up / Move down), with a note per firm. Right: the chosen firm's
stage with its history, its contacts (shown in full here; masked in lists and exports) and its
visits. The header prints the dossiers: a print preview for the chosen firm or the whole list,
and a PDF of the whole list with a table of contents, written in the background with a progress
bar and a cancel button.

The package, one file per part: ``common`` (roles, stage labels, columns), ``order_table``
(the drag-and-drop firm table), ``dialogs`` (contact, visit), ``outreach`` (the firm panel)
and ``view`` (the view itself, registered in :mod:`ui.views`).
"""
