"""The escalation process: the process map as data, assessments and due dates.

This layer imports only the standard library and ``holidays``.
"""
