"""Local storage: peewee models on SQLite, set-up, and the queries screens need."""
