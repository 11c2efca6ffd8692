# The two commands of the README.
.PHONY: run test bench

run:
	scripts/run.sh

test:
	scripts/test.sh

bench:
	scripts/setup.sh && .venv/bin/python -m bench
