"""uncc: read, cite and query the United Nations Convention against Cybercrime."""

__version__ = "0.15.0"
