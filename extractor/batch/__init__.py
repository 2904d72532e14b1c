"""Batch runs over news dumps: streamed, parallel, resumable, and the same output whatever
the number of workers.

The input is cut into chunks of consecutive articles (``runner``). Each chunk is run by a
worker (``worker``) in-process, in a process pool or on a Dask cluster (``executor``).
Each finished chunk is written as its own part file, atomically (``writers``), so a run
killed at any moment (kill -9, power loss) leaves only whole parts; rerun with the same
arguments, it skips the parts it has and does the rest (``state``). At the end the parts
are joined, in input order, into the output. At most ``2 x workers`` chunks are in
flight, so memory stays bounded whatever the size of the dump.
"""
