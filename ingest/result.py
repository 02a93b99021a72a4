"""What extracting a corpus yields: entities, facts, document infos, per-file errors and rule failures."""

from __future__ import annotations

from pydantic import BaseModel, Field

from computekg.ontology import DocumentInfo, Entity, Fact


class FileError(BaseModel):
    """A file that could not be ingested, with a one-line reason."""

    path: str
    reason: str


class ExtractResult(BaseModel):
    entities: list[Entity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    documents: list[DocumentInfo] = Field(default_factory=list)
    errors: list[FileError] = Field(default_factory=list)
    rule_errors: list[str] = Field(default_factory=list)  # "doc: rule: error" of rules that raised (bugs to fix)
