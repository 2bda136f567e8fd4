"""The store's typed areas: each public method of `Store` belongs to exactly one area, with the store's
own signature; `Store` satisfies every area and combination; and a function that declares an area
calls nothing else on it, nor hands it to a function that needs more."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from desktop.core.store import Store, areas

ROOT = Path(__file__).resolve().parents[2]
PROTOCOLS = {name: obj for name, obj in vars(areas).items()
             if inspect.isclass(obj) and getattr(obj, "_is_protocol", False) and obj.__module__ == areas.__name__}
COMBINATIONS = [p for p in PROTOCOLS.values() if p not in areas.AREAS]
# Where every function that takes a store must say which area it uses.
DECLARING = ["desktop/core/export", "desktop/core/consent", "desktop/core/review", "desktop/core/residue",
             "desktop/core/scan", "desktop/core/text", "desktop/core/workspace.py"]


def own_members(protocol) -> set[str]:
    """The members a protocol declares itself (methods, properties, attributes)."""
    names = {n for n, v in vars(protocol).items()
             if not n.startswith("_") and (inspect.isfunction(v) or isinstance(v, property))}
    return names | {n for n in vars(protocol).get("__annotations__", {}) if not n.startswith("_")}


def members(protocol) -> set[str]:
    """Everything a protocol offers: its own members and those of the areas it combines."""
    return set().union(*(own_members(p) for p in protocol.__mro__ if p in PROTOCOLS.values()))


def public_store_methods() -> set[str]:
    return {n for n in dir(Store) if not n.startswith("_")
            and (callable(getattr(Store, n)) or isinstance(inspect.getattr_static(Store, n), property))}


def test_every_public_method_of_the_store_belongs_to_exactly_one_area():
    owners = {name: [p.__name__ for p in areas.AREAS if name in own_members(p)] for name in public_store_methods()}
    unplaced = {n: o for n, o in owners.items() if len(o) != 1}
    assert unplaced == {}, "a store method new or moved: list it in one area of desktop/core/store/areas.py"
    declared = set().union(*(own_members(p) for p in areas.AREAS))
    assert declared - public_store_methods() <= {"path", "actor", "keeps_user_data"}  # instance attributes, set when opened


def test_combinations_only_combine_areas():
    for combination in COMBINATIONS:
        assert own_members(combination) == set(), combination.__name__
        assert any(p in areas.AREAS for p in combination.__mro__[1:]), combination.__name__


@pytest.mark.parametrize("area", areas.AREAS, ids=lambda p: p.__name__)
def test_the_areas_signatures_are_the_stores(area):
    for name in own_members(area) - {"path", "actor", "keeps_user_data"}:
        declared, real = inspect.getattr_static(area, name), inspect.getattr_static(Store, name)
        if isinstance(declared, property):
            assert isinstance(real, property), name
            declared, real = declared.fget, real.fget
        assert inspect.signature(declared) == inspect.signature(real), name


@pytest.mark.parametrize("protocol", list(PROTOCOLS.values()), ids=lambda p: p.__name__)
def test_a_store_satisfies_every_area_and_combination(store, protocol):
    assert isinstance(store, protocol)


def test_an_object_missing_one_method_satisfies_no_area_that_lists_it(store):
    class Partial:
        def __getattr__(self, name):
            if name == "findings":
                raise AttributeError(name)
            return getattr(store, name)

    assert not isinstance(Partial(), areas.FindingsStore)


# --- static: what a function does with the area it declares ---------------------------------------


def _modules(paths) -> dict[str, ast.Module]:
    out = {}
    for top in paths:
        files = [top] if top.suffix == ".py" else sorted(top.rglob("*.py"))
        for path in files:
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            out[name] = ast.parse(path.read_text(), filename=str(path))
    return out


def _functions(modules):
    for module, tree in modules.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                yield module, node


def _parameters(fn) -> list[ast.arg]:
    a = fn.args
    return a.posonlyargs + a.args + a.kwonlyargs


def _area_of(arg: ast.arg):
    return PROTOCOLS.get(arg.annotation.id) if isinstance(arg.annotation, ast.Name) else None


def _imported_names(tree) -> dict[str, str]:
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def area_problems(modules: dict[str, ast.Module]) -> list[str]:
    """What annotated functions do beyond their area: a member the area lacks, or the store handed to a
    function whose parameter declares an area with more."""
    declared = {}  # qualified function -> {parameter position or name: area}
    for module, fn in _functions(modules):
        params = _parameters(fn)
        offset = 1 if params and params[0].arg in ("self", "cls") else 0
        for i, arg in enumerate(params):
            if _area_of(arg):
                declared.setdefault(f"{module}.{fn.name}", {})[i - offset] = _area_of(arg)
                declared[f"{module}.{fn.name}"][arg.arg] = _area_of(arg)
    problems = []
    for module, fn in _functions(modules):
        imported = _imported_names(modules[module])
        for arg in _parameters(fn):
            area = _area_of(arg)
            if area is None:
                continue
            offers = members(area)
            where = f"{module}.{fn.name}({arg.arg}: {area.__name__})"
            for node in ast.walk(fn):
                if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                        and node.value.id == arg.arg and node.attr not in offers):
                    problems.append(f"{where} uses .{node.attr}")
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                    continue
                callee = imported.get(node.func.id, f"{module}.{node.func.id}")
                handed = [i for i, a in enumerate(node.args) if isinstance(a, ast.Name) and a.id == arg.arg]
                handed += [k.arg for k in node.keywords if isinstance(k.value, ast.Name) and k.value.id == arg.arg]
                for slot in handed:
                    needed = declared.get(callee, {}).get(slot)
                    if needed is not None and not members(needed) <= offers:
                        problems.append(f"{where} hands it to {callee}, which needs {needed.__name__}")
    return problems


def test_each_function_declaring_an_area_uses_only_that_area():
    assert area_problems(_modules([ROOT / "desktop"])) == []


def test_the_static_check_finds_a_method_outside_the_area_and_a_wider_callee():
    source = (
        "from desktop.core.store.areas import FindingsStore, LinkedFindingsStore\n"
        "def needs_parties(store: LinkedFindingsStore):\n    return store.parties()\n"
        "def reads(store: FindingsStore, doc_id):\n"
        "    store.findings(doc_id)\n    store.parties()\n    return needs_parties(store)\n"
    )
    assert sorted(area_problems({"m": ast.parse(source)})) == [
        "m.reads(store: FindingsStore) hands it to m.needs_parties, which needs LinkedFindingsStore",
        "m.reads(store: FindingsStore) uses .parties",
    ]


def test_core_functions_that_take_a_store_declare_its_area():
    missing = [f"{module}.{fn.name}" for module, fn in _functions(_modules([ROOT / p for p in DECLARING]))
               for arg in _parameters(fn) if arg.arg == "store" and _area_of(arg) is None]
    assert missing == []


def test_a_layer_below_the_store_names_an_area_for_the_type_checker_only():
    """consent, settings (below the store's layer) import the areas under `if TYPE_CHECKING:` alone,
    the import the layers contract ignores; at run time they never import the store."""
    for name in ("desktop/core/consent/gate.py", "desktop/core/consent/linking.py", "desktop/core/settings.py"):
        tree = ast.parse((ROOT / name).read_text())
        guarded = {id(n) for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
                   for n in ast.walk(node)}
        store_imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                         and (n.module or "").startswith("desktop.core.store")]
        assert store_imports and all(id(n) in guarded for n in store_imports), name
