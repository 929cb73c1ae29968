"""워라밸 길잡이 Rasa runtime: custom NLU components, domain, tracker store, web front."""
