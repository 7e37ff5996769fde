"""The typed claim records: values, quotes, provenance, and the claim graph the checks read."""
