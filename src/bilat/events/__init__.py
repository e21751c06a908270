"""Events: meetings, visits, talks, appointments, agreements, accessions, forums, statements."""
