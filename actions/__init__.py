"""워라밸 길잡이 action server (rasa-sdk): thin actions from slots to the knowledge engine to Korean.

Run with `rasa run actions --actions actions`. Modules: case_builder (slots → Case JSON),
evaluation (the call into `knowledge`), messages (all Korean wording and custom payloads),
form (the engine-driven questionnaire), slot_mappings, results, programs, handoff.
"""
