"""Tests of the rule questions (FAQ): data, loader, answers, NLU examples, domain and action."""
