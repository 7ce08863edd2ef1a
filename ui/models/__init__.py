"""Qt item models over the database."""
