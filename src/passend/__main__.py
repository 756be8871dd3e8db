"""``python -m passend``: see :mod:`passend._cli`."""

from passend._cli import main

if __name__ == "__main__":  # pragma: no cover - exercised through main() in the tests
    raise SystemExit(main())
