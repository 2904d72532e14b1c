"""Third-party libraries behind one adapter each: their quirks removed, nothing else."""
