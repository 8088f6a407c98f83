"""LangChain scenarios: ``ChatOpenAI`` against the OpenAI stub, a retriever feeding a prompt, a bound tool.

The retriever is an in-memory ``BaseRetriever`` over the fixed knowledge base (scored by word overlap,
so no embedding calls), the RAG pipeline is plain LCEL, and the tool round trip is an app-side loop
inside a ``@chain`` runnable (one trace): ``bind_tools``, then each requested call executed by the app.
"""

from __future__ import annotations

import json
import re
from typing import Any

import openai
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnablePassthrough, chain
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI

from schemas.span import Document, ErrorInfo
from schemas.trace import TraceToolCall
from tracecase_sampleapp.frameworks._base import FrameworkContext, Suite, record_chat_calls, registry
from tracecase_sampleapp.scenarios import CHAT_MODEL, ERROR_MODEL, KNOWLEDGE_BASE, Observed, get_weather
from tracecase_sampleapp.stub_openai import StubOpenAIServer

SCENARIOS, scenario = registry()
_WORD = re.compile(r"\w+")
TOP_K = 2


class KnowledgeBaseRetriever(BaseRetriever):
    """Fixed documents ranked by shared words with the query (ties keep knowledge-base order)."""

    documents: list[LCDocument]
    k: int = TOP_K

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[LCDocument]:
        words = set(_WORD.findall(query.lower()))
        ranked = sorted(self.documents, key=lambda d: -len(words & set(_WORD.findall(d.page_content.lower()))))
        return ranked[: self.k]


RETRIEVER = KnowledgeBaseRetriever(
    documents=[LCDocument(id=doc.id, page_content=doc.content or "", metadata=doc.metadata) for doc in KNOWLEDGE_BASE]
)


@tool("get_weather")
def weather_tool(location: str) -> dict[str, Any]:
    """Get the current weather for a city"""
    return get_weather(location)


def _since(ctx: FrameworkContext, start: int) -> list[tuple[str, dict[str, Any]]]:
    return list(ctx.stub.requests[start:])


@scenario("retrieval_augmented")
def retrieval_augmented(ctx: FrameworkContext) -> Observed:
    seen, start = Observed(), len(ctx.stub.requests)
    prompt = ChatPromptTemplate.from_messages(
        [
            ("system", "Answer only from the provided context and cite document ids."),
            ("human", "Context:\n{context}\n\nQuestion: {question}"),
        ]
    )
    found: list[LCDocument] = []

    def context_of(docs: list[LCDocument]) -> str:
        found.extend(docs)
        return "\n".join(f"[{d.id}] {d.page_content}" for d in docs)

    retrieve = {"context": RETRIEVER | context_of, "question": RunnablePassthrough()}
    rag = retrieve | prompt | ctx.client | StrOutputParser()
    output = rag.invoke("Can I get a refund for an e-book I bought last week?")
    seen.span_kinds += ["chain", "retrieval"]
    record_chat_calls(seen, _since(ctx, start))
    # Both instrumentations record page_content and metadata per document; LangChain's document id only
    # survives inside OpenInference's raw ``output.value`` JSON, so it is not expected.
    seen.documents = [Document(content=d.page_content, metadata=d.metadata) for d in found]
    assert seen.output == output  # the parser hands back exactly the stub's text
    return seen


@chain
def _weather_agent(inputs: dict[str, Any]) -> str:
    llm = inputs["llm"].bind_tools([weather_tool])
    messages: list[Any] = [
        SystemMessage("You are a weather assistant. Use tools when needed."),
        HumanMessage(inputs["question"]),
    ]
    first = llm.invoke(messages)
    messages.append(first)
    for call in first.tool_calls:
        messages.append(weather_tool.invoke(call))  # a ToolCall in, a ToolMessage out
    return str(llm.invoke(messages).content)


@scenario("tool_round_trip")
def tool_round_trip(ctx: FrameworkContext) -> Observed:
    seen, start = Observed(), len(ctx.stub.requests)
    _weather_agent.invoke({"llm": ctx.client, "question": "What's the weather like in Paris today?"})
    seen.span_kinds.append("chain")
    answers = record_chat_calls(seen, _since(ctx, start))
    for call in answers[0]["choices"][0]["message"].get("tool_calls") or []:
        arguments = json.loads(call["function"]["arguments"])
        seen.span_kinds.append("tool")
        seen.tool_calls.append(
            TraceToolCall(
                id=call["id"], name=call["function"]["name"], arguments=arguments, result=get_weather(**arguments)
            )
        )
    return seen


@scenario("provider_error")
def provider_error(ctx: FrameworkContext) -> Observed:
    seen, start = Observed(), len(ctx.stub.requests)
    failing = ChatOpenAI(model=ERROR_MODEL, base_url=ctx.base_url, api_key=ctx.api_key, max_retries=0)
    try:
        failing.invoke([SystemMessage("You are a helpful assistant."), HumanMessage("Summarise today's news.")])
    except openai.APIStatusError as exc:
        seen.error = ErrorInfo(type=type(exc).__name__, message=exc.message)
    record_chat_calls(seen, _since(ctx, start))
    return seen


def _chat_model(ctx: FrameworkContext) -> ChatOpenAI:
    return ChatOpenAI(model=CHAT_MODEL, base_url=ctx.base_url, api_key=ctx.api_key, max_retries=0)


SUITE = Suite(name="langchain", stub=StubOpenAIServer, scenarios=SCENARIOS, make_client=_chat_model)
