"""What a Dask worker needs from diplograph: a plugin that loads the spaCy pipeline once, when the
worker starts (or joins a running client), not per job."""

from __future__ import annotations

from distributed import WorkerPlugin


class PipelineLoader(WorkerPlugin):
    """Loads the pipeline once per worker process (``ingest.nlp.load`` keeps it for every later job)."""

    idempotent = True  # registering it again (a second ingest on the same cluster) changes nothing

    def setup(self, worker) -> None:
        """Called by Dask on each worker: the model is loaded here."""
        from diplograph.ingest import parse_jobs

        parse_jobs.warm_up()
