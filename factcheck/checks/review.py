"""FC106 — a drafted claims file is reviewed before it vouches for an article."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.context import Context
from factcheck.checks.registry import Result, check
from factcheck.core.i18n import N_, Message
from factcheck.report.findings import Outcome, Verdict

# What `factcheck init` and discovery write where a person must decide: "TODO: what is
# measured", "relations discovered — review", "discovered — review".
TODO = "TODO"
REVIEW = "— review"


def draft_marker(text: str | None) -> bool:
    return text is not None and (text.lstrip().startswith(TODO) or REVIEW in text)


@check("FC106", "unreviewed-draft", "A drafted claim or waiver has been reviewed.")
def unreviewed_draft(ctx: Context) -> Iterator[Result]:
    """
    What it checks: no claim's ``measures`` or ``note`` and no waiver's ``reason`` still holds
    a marker a draft leaves for a person: ``TODO…`` (``factcheck init``) or ``… — review``
    (relations found by discovery).

    Why it matters: a drafted claims file guesses what each figure measures and how figures
    relate. Until someone has read the guesses, a passing run vouches for the draft, not for
    the article.

    Example: ``measures: "TODO: what is measured"`` fails until it says what is measured;
    ``note: relations discovered — review`` fails until the note is removed or rewritten.
    """
    if ctx.graph.source.discovered:  # no claims file: the relations are the run's own
        return
    # only failures: a reviewed file's counts are those it had before drafts were checked
    for node in ctx.graph.nodes:
        c = node.claim
        for key, text in (("measures", c.measures), ("note", c.note)):
            if draft_marker(text):
                yield Outcome("FC106", Verdict.FAIL, (c.id,),
                              Message(N_("Claim {claim} is an unreviewed draft: {key} says "
                                         "“{text}”; run factcheck review to accept, edit or "
                                         "delete it."), claim=repr(c.id), key=key, text=text))
    for w in ctx.graph.waivers:
        if draft_marker(w.waiver.reason):
            yield Outcome("FC106", Verdict.FAIL, (),
                          Message(N_("The waiver of “{quote}” is an unreviewed draft: its reason "
                                     "says “{reason}”; run factcheck review to accept, edit or "
                                     "delete it."), quote=w.waiver.quote, reason=w.waiver.reason),
                          subject=f"waivers[{w.index}]",
                          article_offset=(w.spans[0].start, w.spans[0].end) if w.spans else None)
