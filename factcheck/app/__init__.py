"""The command line and what only it needs: runner, cache, configuration, watch, init, update."""
