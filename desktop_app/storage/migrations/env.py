"""Alembic environment: uses the connection handed over in config.attributes, batch mode."""

from alembic import context

from desktop_app.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from desktop_app.storage.db import make_engine

        url = config.get_main_option("sqlalchemy.url")
        engine = make_engine(url.removeprefix("sqlite:///"), foreign_keys=False)
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:  # noqa: ANN001
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
