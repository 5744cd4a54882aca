"""The tutorial notebooks as pages: each committed `.ipynb` in the docs rendered at build time.

`mkdocs.yml` lists this module under `hooks:`. For every notebook in the docs (e.g.
`tutorials/tpp-policy-change.ipynb`, which stays in the site as a download) its `on_files` adds
a generated page beside it (`tutorials/tpp-policy-change.md`, never a file on disk): the
Markdown cells as Markdown, each code cell as a Python block, and the outputs the notebook was
committed with (it is executed once, locally, with seeded data; CI executes it again with
nbmake): text and `text/plain` as text blocks, `text/html` as HTML, `image/png` as an image.
A notebook committed with an error output, or a page already at the generated path, stops the
build. Only the standard library reads the notebook (JSON).

To commit a notebook's outputs, execute it with this module (the `dev` extra has nbclient):
`.venv/bin/python docs/hooks/notebooks.py docs/tutorials/tpp-policy-change.ipynb`. It runs every
cell in the notebook's folder and drops the cells' execution timings, so that executing an
unchanged notebook again changes nothing.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

__all__ = ["on_files", "page", "page_path"]

_BLANK_LINES = re.compile(r"\n\s*\n")


class NotebookError(ValueError):
    """A notebook that cannot be rendered (an error output, a cell of an unknown kind)."""


def _text(value: str | Sequence[str]) -> str:
    """A notebook field that is a string or a list of lines, as one string."""
    return value if isinstance(value, str) else "".join(value)


def _fence(text: str, language: str) -> str:
    """A fenced block long enough not to be closed by the text's own backticks."""
    ticks = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`+", text))])
    return f"{ticks}{language}\n{text.rstrip()}\n{ticks}"


def _output(output: Mapping[str, Any], where: str) -> str:
    kind = output.get("output_type")
    if kind == "error":
        raise NotebookError(
            f"{where} has an error output ({output.get('ename')}): execute it cleanly"
        )
    if kind == "stream":
        return _fence(_text(output.get("text", "")), "text")
    data: Mapping[str, Any] = output.get("data", {})
    if "image/png" in data:
        png = _text(data["image/png"]).replace("\n", "")
        alt = html.escape(_text(data.get("text/plain", "figure")), quote=True)
        return f'<p><img alt="{alt}" src="data:image/png;base64,{png}"></p>'
    if "text/html" in data:
        markup = _BLANK_LINES.sub("\n", _text(data["text/html"]).strip())
        return f'<div class="notebook-output">\n{markup}\n</div>'
    if "text/plain" in data:
        return _fence(_text(data["text/plain"]), "text")
    return ""


def page(notebook: Mapping[str, Any], name: str = "notebook") -> str:
    """The Markdown page of a notebook.

    Args:
        notebook: The notebook, as read from its JSON (nbformat 4).
        name: The notebook's file name, named in errors and in the download note.

    Returns:
        The page's Markdown.

    Raises:
        NotebookError: If a cell has an error output or is of an unknown kind.
    """
    parts: list[str] = []
    cells: Iterable[Mapping[str, Any]] = notebook.get("cells", [])
    for index, cell in enumerate(cells):
        source = _text(cell.get("source", "")).strip()
        kind = cell.get("cell_type")
        if kind == "markdown":
            parts.append(source)
            if index == 0:
                parts.append(
                    f'!!! note "A notebook"\n    This page is the notebook [`{name}`]({name}), '
                    "shown with the outputs it was committed with; download it to run it."
                )
        elif kind == "code":
            if source:
                parts.append(_fence(source, "python"))
            for output in cell.get("outputs", []):
                rendered = _output(output, f"{name}, cell {index}")
                if rendered:
                    parts.append(rendered)
        elif kind != "raw":
            raise NotebookError(f"{name}, cell {index}: unknown cell type {kind!r}")
    return "\n\n".join(parts) + "\n"


def page_path(notebook_path: str) -> str:
    """Where a notebook's page sits in the site: beside it, `.md` for `.ipynb`."""
    return notebook_path.removesuffix(".ipynb") + ".md"


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """MkDocs hook: add a page for every notebook of the docs.

    Args:
        files: The site's files.
        config: The MkDocs configuration.

    Returns:
        The files, with the pages added.

    Raises:
        PluginError: If a notebook cannot be rendered or a file is already at a page's path.
    """
    from mkdocs.exceptions import PluginError  # noqa: PLC0415
    from mkdocs.structure.files import File  # noqa: PLC0415

    notebooks = [file for file in files if file.src_uri.endswith(".ipynb")]
    for notebook in notebooks:
        target = page_path(notebook.src_uri)
        if files.get_file_from_path(target) is not None:
            raise PluginError(f"{target} is generated from {notebook.src_uri}; remove the file")
        with open(notebook.abs_src_path or "", encoding="utf-8") as stream:
            data = json.load(stream)
        try:
            content = page(data, posixpath.basename(notebook.src_uri))
        except NotebookError as error:
            raise PluginError(str(error)) from error
        files.append(File.generated(config, target, content=content))
    return files


def execute(path: str) -> None:
    """Execute a notebook in its folder and save it with its outputs, without timings.

    Args:
        path: The notebook's path.
    """
    import nbformat  # noqa: PLC0415
    from nbclient import NotebookClient  # noqa: PLC0415

    notebook = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    folder = posixpath.dirname(path) or "."
    NotebookClient(notebook, timeout=300, resources={"metadata": {"path": folder}}).execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(notebook, path)  # type: ignore[no-untyped-call]


if __name__ == "__main__":
    import sys

    for argument in sys.argv[1:]:
        execute(argument)
