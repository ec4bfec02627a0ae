"""Duplicates operators can trust: scan (village or district), review a pair, decide.

- :mod:`.scan`: every probable pair of the village (or of all villages in Mode Kabupaten), best
  first, each pair once, with stable reason codes; pairs an operator called "not the same person"
  stay hidden while neither record's compared fields change.
- :mod:`.review`: one pair side by side: what agrees and what differs, each record's history.
- :mod:`.decisions`: *sama orang* (the other record becomes a tombstone with reason duplikat that
  names the kept one), *bukan orang yang sama*, *nanti*, and undo. Village only: in Mode
  Kabupaten a decision is a review case (services/district/cases.py: ``open_duplicate_case``),
  since the district never edits a village's record. No decision ever removes a record physically.
"""
