"""The core's messages reach an English-speaking user translated (#18 item 12).

Two guards over the source, both by reading the AST:

* A function that calls ``_()`` must not bind the name ``_`` too (``for _ in …``,
  ``x, _ = …``): the local ``_`` would shadow the gettext function for the whole function and
  ``_("…")`` would fail at run time on the one path that shows the message. The same holds for a
  module that imports ``_`` and rebinds it at module level.
* A Chinese message given to an exception where it is raised in app/ (``UserError``, and the
  ``ValueError`` whose text becomes an import row's reason) goes through ``_()``: an un-wrapped
  one reaches the English interface in Chinese. So does a message kept as a constant marked
  ``N_()`` (app/sync/messages.py's ``msg.NO_SCOPE``, a module's own ``NAME = N_("…")``) and
  raised without ``_()``. ``ALLOWED`` lists the raise sites whose Chinese is data (a region's
  or a catalog word's own name), not a sentence of ours: none today.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "scoring", "catalog", "cli")
HAN = re.compile(r"[\u4e00-\u9fff]")
MARKERS = ("_", "N_", "ngettext")

# Raise sites whose Chinese may stay un-wrapped, as "path:function": data (a region's or a
# catalog word's own name) rather than a message. Keep it short; say why beside each entry.
ALLOWED: set[str] = set()
# Modules whose messages the field-sync, import and PostgreSQL work own at the time of writing:
# their sites are listed for that work rather than wrapped here. Remove an entry once wrapped.
OWNED_ELSEWHERE: tuple[str, ...] = ()


def _py_files(packages=PACKAGES, root: Path = ROOT) -> Iterator[tuple[str, ast.Module]]:
    for pkg in packages:
        for path in sorted((root / pkg).rglob("*.py")):
            yield path.relative_to(root).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, *COMPREHENSIONS)


def _own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a scope's own body: nested functions, classes and comprehensions left out
    (each is a scope of its own: ``[x for _, x in pairs]`` binds ``_`` only inside itself)."""
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, COMPREHENSIONS):
            # the first iterable is evaluated in the enclosing scope
            stack.append(node.generators[0].iter)
            continue
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            # the decorators, defaults and bases belong to the enclosing scope
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                stack += node.decorator_list
            if isinstance(node, ast.ClassDef):
                stack += node.bases
            continue
        stack += ast.iter_child_nodes(node)


def _binds_underscore(node: ast.AST) -> bool:
    if isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, (ast.Store, ast.Del)):
        return True
    if isinstance(node, ast.arg) and node.arg == "_":
        return True
    if isinstance(node, ast.ExceptHandler) and node.name == "_":
        return True
    if isinstance(node, ast.alias) and (node.asname or node.name) == "_":
        return True
    return isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name == "_"


def _calls_underscore(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"


def underscore_clashes(packages=PACKAGES, root: Path = ROOT) -> list[str]:
    """``path:line function`` of each function that calls ``_()`` and binds ``_``, and of each
    module that imports ``_`` and rebinds it at module level."""
    out: list[str] = []
    for rel, tree in _py_files(packages, root):
        for fn in ast.walk(tree):
            if not isinstance(fn, SCOPES):
                continue
            own = list(_own_nodes(fn))
            if isinstance(fn, COMPREHENSIONS):
                # its own targets, conditions and later iterables; not the first iterable
                own = [n for n in own if n is not fn.generators[0].iter]
                own += [t for g in fn.generators for t in ast.walk(g.target)]
            binds = any(_binds_underscore(n) for n in own)
            if not isinstance(fn, COMPREHENSIONS):
                args = fn.args
                params = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
                binds = binds or any(p is not None and p.arg == "_" for p in params)
            # a call in a nested comprehension or closure sees this scope's ``_`` too
            if binds and any(_calls_underscore(n) for n in ast.walk(fn)):
                out.append(f"{rel}:{fn.lineno} {getattr(fn, 'name', type(fn).__name__)}")
        imports_it = any(
            isinstance(n, ast.ImportFrom)
            and n.module == "resources.i18n"
            and any((a.asname or a.name) == "_" for a in n.names)
            for n in tree.body
        )
        if imports_it:
            rebinds = [
                n
                for n in _own_nodes(tree)
                if _binds_underscore(n)
                and not (isinstance(n, ast.alias) and n.name == "_" and n.asname is None)
            ]
            out += [f"{rel}:{getattr(n, 'lineno', 0)} <module>" for n in rebinds]
    return sorted(out, key=lambda s: (s.split(":")[0], int(s.split(":")[1].split(" ")[0])))


def _has_chinese(node: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and HAN.search(n.value)
        for n in ast.walk(node)
    )


def _marked_constants(tree: ast.Module) -> set[str]:
    """The module-level names bound to a message marked ``N_()``."""
    return {
        t.id
        for n in tree.body
        if isinstance(n, (ast.Assign, ast.AnnAssign))
        and isinstance(n.value, ast.Call)
        and isinstance(n.value.func, ast.Name)
        and n.value.func.id == "N_"
        for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
        if isinstance(t, ast.Name)
    }


def _marked_names(tree: ast.Module, rel: str, marked: dict[str, set[str]]) -> set[str]:
    """How ``tree`` names marked constants: ``alias.NAME`` of a module it imports, a NAME it
    imports from one, or its own NAME."""
    own = {*marked.get(rel.removesuffix(".py").replace("/", "."), set())}
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom) and n.module:
            for a in n.names:
                if a.name in marked.get(n.module, set()):  # from app.sync.messages import X
                    own.add(a.asname or a.name)
                for name in marked.get(f"{n.module}.{a.name}", set()):  # import messages as msg
                    own.add(f"{a.asname or a.name}.{name}")
        elif isinstance(n, ast.Import):
            for a in n.names:
                if a.asname:
                    own |= {f"{a.asname}.{name}" for name in marked.get(a.name, set())}
    return own


def _unmarked_chinese(node: ast.AST, constants: frozenset[str] | set[str] = frozenset()) -> bool:
    """Chinese text in ``node`` outside any ``_()``/``N_()``/``ngettext()``: a literal, or a
    marked constant named as in ``constants``."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS:
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(HAN.search(node.value))
    if isinstance(node, ast.Name) and node.id in constants:
        return True
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and f"{node.value.id}.{node.attr}" in constants
    ):
        return True
    return any(_unmarked_chinese(c, constants) for c in ast.iter_child_nodes(node))


def unwrapped_raises(packages=("app",), root: Path = ROOT) -> list[str]:
    """``path:line function`` of each ``raise SomeError(<Chinese not through _()>)``."""
    out: list[str] = []
    files = list(_py_files(packages, root))
    marked = {
        rel.removesuffix(".py").replace("/", "."): _marked_constants(tree) for rel, tree in files
    }
    for rel, tree in files:
        constants = _marked_names(tree, rel, marked)
        funcs = {
            n: f.name
            for f in ast.walk(tree)
            if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
            for n in ast.walk(f)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            if any(_unmarked_chinese(a, constants) for a in [*node.exc.args, *node.exc.keywords]):
                out.append(f"{rel}:{node.lineno} {funcs.get(node, '<module>')}")
    return out


def test_no_function_both_calls_underscore_and_binds_it():
    assert underscore_clashes() == []


def test_the_check_finds_a_shadowed_underscore(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "x.py").write_text(
        "from resources.i18n import _\n"
        "def bad(rows):\n"
        "    for _ in rows:\n"
        "        pass\n"
        "    return _('一条消息')\n"
        "def also_bad(pair):\n"
        "    a, _ = pair\n"
        "    return [_('消息') for x in a]\n"
        "def fine(rows):\n"
        "    for _i in rows:\n"
        "        pass\n"
        "    return _('一条消息')\n"
        "def fine_too(pair):\n"
        "    a, _ = pair\n"
        "    return a\n"
        "def fine_three(pairs):\n"
        "    return [x for _, x in pairs] + [_('消息')]\n"
        "def bad_comprehension(pairs):\n"
        "    return [_(x) for _, x in pairs]\n"
        "for _ in range(3):\n"
        "    pass\n",
        encoding="utf-8",
    )
    assert underscore_clashes(("app",), tmp_path) == [
        "app/x.py:2 bad",
        "app/x.py:6 also_bad",
        "app/x.py:19 ListComp",
        "app/x.py:20 <module>",
    ]


def test_every_chinese_message_raised_goes_through_the_catalog():
    found = [
        s
        for s in unwrapped_raises()
        if not s.startswith(OWNED_ELSEWHERE)
        and f"{s.split(':')[0]}:{s.split(' ')[1]}" not in ALLOWED
    ]
    assert found == [], "wrap these messages with _() and add their English to the .po"


def test_the_check_finds_an_unwrapped_message(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "y.py").write_text(
        "from resources.i18n import _\n"
        "def f(name):\n"
        "    if not name:\n"
        "        raise UserError(_('名称不能为空'))\n"
        "    raise UserError(f'没有“{name}”')\n"
        "def g(name):\n"
        "    raise UserError(_('没有“{name}”').format(name=name) + '请重试')\n"
        "def h(name):\n"
        "    raise UserError(f'no {name}')\n"
        "def k(v):\n"
        "    raise ValueError(f'不是数字：{v}')\n",
        encoding="utf-8",
    )
    assert unwrapped_raises(("app",), tmp_path) == [
        "app/y.py:5 f",
        "app/y.py:7 g",
        "app/y.py:11 k",
    ]


def test_the_check_finds_a_marked_constant_raised_untranslated(tmp_path):
    (tmp_path / "app" / "sync").mkdir(parents=True)
    (tmp_path / "app" / "sync" / "messages.py").write_text(
        "from resources.i18n import N_\nNO_SCOPE = N_('请指定范围')\nGONE = N_('没有“{name}”')\n",
        encoding="utf-8",
    )
    (tmp_path / "app" / "sync" / "use.py").write_text(
        "from resources.i18n import N_, _\n"
        "from app.sync import messages as msg\n"
        "from app.sync.messages import GONE\n"
        "OWN = N_('本模块的消息')\n"
        "def f(name):\n"
        "    raise UserError(msg.NO_SCOPE)\n"
        "def g(name):\n"
        "    raise UserError(msg.GONE.format(name=name))\n"
        "def h(name):\n"
        "    raise UserError(GONE.format(name=name))\n"
        "def k():\n"
        "    raise UserError(OWN)\n"
        "def fine(name):\n"
        "    raise UserError(_(msg.GONE).format(name=name))\n"
        "def fine_too():\n"
        "    raise UserError(_(OWN) + _(msg.NO_SCOPE))\n",
        encoding="utf-8",
    )
    assert unwrapped_raises(("app",), tmp_path) == [
        "app/sync/use.py:6 f",
        "app/sync/use.py:8 g",
        "app/sync/use.py:10 h",
        "app/sync/use.py:12 k",
    ]
