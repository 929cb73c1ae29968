"""The HR API of shared/API.md over HTTP: evaluate, programs, the OpenAPI document."""
from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from aiohttp.test_utils import TestClient

from knowledge import evaluate, list_programs

PARENTAL_LEAVE_CASE = {
    "as_of": "2026-11-24", "role": "worker",
    "worker": {"insured_days": 400, "tenure_months": 14, "monthly_wage": 3000000},  # law-data-ok
    "children": [{"birth_date": "2026-03-01"}],
    "plan": {"parental_leave_months": 12, "parental_leave_start": "2026-12-01"},
}


def program(result: dict[str, Any], program_id: str) -> dict[str, Any]:
    return next(item for item in result["programs"] if item["id"] == program_id)


async def test_evaluate_returns_the_engines_result(client: TestClient) -> None:
    response = await client.post("/api/v1/evaluate", json=PARENTAL_LEAVE_CASE)
    assert response.status == 200
    result = await response.json()
    # 월 통상임금 300만원, 12개월 육아휴직 (2025-01-01 이후 시작): 250만×3 + 200만×3 + 160만×6
    parental_leave = program(result, "parental_leave")
    assert parental_leave["status"] == "eligible"
    assert parental_leave["benefit"]["total"] == 23_100_000
    assert result == json.loads(json.dumps(evaluate(PARENTAL_LEAVE_CASE).to_dict()))


@pytest.mark.parametrize(("case", "field", "message"), [
    ({"role": "worker", "worker": {"monthly_wage": -1}}, "worker.monthly_wage", "음수일 수 없습니다"),
    ({"role": "boss"}, "role", "worker 또는 employer여야 해요"),
    ({"role": "worker", "salary": 1}, "salary", "알 수 없는 항목이에요"),
])
async def test_invalid_case_gets_400_naming_the_field(
        client: TestClient, case: dict[str, Any], field: str, message: str) -> None:
    response = await client.post("/api/v1/evaluate", json=case)
    assert response.status == 400
    assert await response.json() == {"error": {"field": field, "message": message}}


async def test_date_before_the_knowledge_base_gets_400_not_a_guess(client: TestClient) -> None:
    response = await client.post("/api/v1/evaluate", json={"role": "worker", "as_of": "2010-01-01"})
    assert response.status == 400
    error = (await response.json())["error"]
    assert error["field"] == "as_of"
    assert error["message"].startswith("2010-01-01은(는) 지식베이스가 다루는 기간 밖이에요")


async def test_evaluate_rejects_malformed_json(client: TestClient) -> None:
    response = await client.post("/api/v1/evaluate", data=b'{"role": ',
                                 headers={"Content-Type": "application/json"})
    assert response.status == 400
    assert (await response.json())["error"]["message"] == "요청 본문이 올바른 JSON이 아니에요. 형식을 확인해 주세요."


async def test_programs_lists_every_program_in_api_order(client: TestClient) -> None:
    response = await client.get("/api/v1/programs")
    assert response.status == 200
    programs = (await response.json())["programs"]
    assert programs == list_programs()
    assert {"id": "parental_leave", "name": "육아휴직", "audience": "worker"} in programs
    assert all(set(item) == {"id", "name", "audience"} for item in programs)


async def openapi_document(client: TestClient) -> dict[str, Any]:
    response = await client.get("/api/v1/openapi.json")
    assert response.status == 200
    return await response.json()


async def test_openapi_describes_every_route_of_the_app(client: TestClient) -> None:
    document = await openapi_document(client)
    assert document["openapi"].startswith("3.")
    served = {(route.method.lower(), route.resource.canonical)
              for route in client.app.router.routes()
              if route.method not in ("HEAD", "*") and not route.resource.canonical.startswith("/static")}
    documented = {(method, path) for path, item in document["paths"].items()
                  for method in item if method in ("get", "post", "put", "delete", "patch")}
    assert served == documented


def schema_validator(document: dict[str, Any], name: str) -> jsonschema.Draft202012Validator:
    resolver = jsonschema.RefResolver.from_schema(document)
    return jsonschema.Draft202012Validator({"$ref": f"#/components/schemas/{name}"},
                                           resolver=resolver)


async def test_openapi_schemas_match_real_answers(client: TestClient) -> None:
    document = await openapi_document(client)
    schema_validator(document, "Case").validate(PARENTAL_LEAVE_CASE)
    result = await (await client.post("/api/v1/evaluate", json=PARENTAL_LEAVE_CASE)).json()
    schema_validator(document, "Result").validate(result)
    error = await (await client.post("/api/v1/evaluate", json={"role": "boss"})).json()
    schema_validator(document, "Error").validate(error)


async def test_openapi_result_schema_rejects_a_wrong_shape(client: TestClient) -> None:
    document = await openapi_document(client)
    with pytest.raises(jsonschema.ValidationError):
        schema_validator(document, "Result").validate({"as_of": "2026-11-24",
                                                       "programs": [{"id": "parental_leave"}]})
