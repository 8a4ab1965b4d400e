"""Benchmarks for OSB Basın: ``make bench`` runs every bench_*.py module's main()."""
