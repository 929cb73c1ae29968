"""Benefit formulas shared by more than one program."""
