"""Korean NLU components for Rasa 3.6: morphological tokenizer and a rule-based entity layer."""
