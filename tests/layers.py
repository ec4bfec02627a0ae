"""The import graph of ``desktop_app`` read from the sources (ast), for the layering tests.

Every ``import``/``from ... import`` statement counts, also the ones inside functions: a lazy
import is still a dependency. ``from pkg import name`` counts as an import of ``pkg.name`` when
that is a module, else of ``pkg``.
"""

from __future__ import annotations

import ast
from pathlib import Path


def modules(root: Path, package: str = "desktop_app") -> dict[str, Path]:
    """Module name -> file, for every .py below ``root/package`` (migrations left out)."""
    out: dict[str, Path] = {}
    base = root / package
    for path in sorted(base.rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        if "migrations" in rel.parts:
            continue
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Every module (ours or external, top name for external ones) that ``name`` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_pkg = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base if is_pkg else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            for alias in node.names:
                sub = f"{mod}.{alias.name}"
                found.add(sub if sub in known else mod)
    return found


def graph(root: Path) -> dict[str, set[str]]:
    known = modules(root)
    return {name: imports_of(name, path, known) for name, path in known.items()}


def violations(root: Path, rules: dict[str, tuple[str, ...]]) -> list[str]:
    """'module -> banned' for every direct import a rule forbids."""
    out = []
    for name, deps in sorted(graph(root).items()):
        for layer, banned in rules.items():
            if name != layer and not name.startswith(layer + "."):
                continue
            for dep in sorted(deps):
                if any(dep == b or dep.startswith(b + ".") for b in banned):
                    out.append(f"{name} -> {dep}")
    return out


def cycles(root: Path) -> list[list[str]]:
    """Import circles between our modules (strongly connected components of more than one module,
    or a module importing itself), each sorted."""
    g = graph(root)
    ours = {n: {d for d in deps if d in g and d != n or d == n and False} for n, deps in g.items()}
    # a package importing its own submodule (``__init__``) is no circle worth reporting
    for n, deps in ours.items():
        ours[n] = {d for d in deps if not d.startswith(n + ".")}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    result: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan, iterative enough for a few hundred modules
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in ours[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                result.append(sorted(comp))

    for v in sorted(ours):
        if v not in index:
            visit(v)
    return sorted(result)
