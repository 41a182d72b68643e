"""End-to-end test of `fixdesk mcp` with the official MCP Python client (PyPI package `mcp`).

Starts the server over standard input/output in a small content folder, lists the tools and
calls each, checking the answers an assistant would act on.

    python3 Tests/MCP/mcp_client_test.py [path/to/fixdesk]
"""
import asyncio
import json
import os
import shutil
import sys
import tempfile

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "fixdesk")
PASTE = '{"error":{"message":"(#131047) Re-engagement message","code":131047,"fbtrace_id":"AbC123"}}'


def first_text(result):
    return "".join(item.text for item in result.content if getattr(item, "type", "") == "text")


async def main(workdir):
    env = {k: v for k, v in os.environ.items() if k not in ("FIXDESK_LANG", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "C"
    params = StdioServerParameters(command=BINARY, args=["mcp", "--content", os.path.join(ROOT, "content")],
                                   cwd=workdir, env=env)
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            info = await session.initialize()
            assert info.server_info.name == "fixdesk", info.server_info

            tools = {tool.name: tool for tool in (await session.list_tools()).tools}
            assert set(tools) == {"match_error", "search_articles", "get_article"}, sorted(tools)
            for name, required in [("match_error", "text"), ("search_articles", "query"), ("get_article", "id")]:
                tool = tools[name]
                assert len(tool.description) > 80, (name, tool.description)
                assert tool.input_schema["type"] == "object"
                assert tool.input_schema["required"] == [required], tool.input_schema
                assert "lang" in tool.input_schema["properties"]
                assert set(tool.input_schema["properties"]["lang"]["enum"]) == {"en", "tr"}

            match = await session.call_tool("match_error", {"text": PASTE, "lang": "tr"})
            assert not match.is_error, first_text(match)
            document = json.loads(first_text(match))
            assert document["input"] == {"codes": ["131047"], "language": "tr"}, document["input"]
            best = document["matches"][0]
            assert best["id"] == "whatsapp-24-hour-window", best["id"]
            assert best["lang"] == "tr"
            assert len(best["steps"]) >= 2
            assert match.structured_content == document

            nothing = await session.call_tool("match_error", {"text": "The weather is lovely today", "lang": "en"})
            assert not nothing.is_error
            assert json.loads(first_text(nothing))["matches"] == []

            search = await session.call_tool("search_articles", {"query": "sablon duraklatildi", "lang": "tr"})
            assert not search.is_error, first_text(search)
            results = json.loads(first_text(search))["results"]
            assert results and all(r["lang"] == "tr" for r in results), results
            assert any("template" in r["id"] for r in results), [r["id"] for r in results]

            article = await session.call_tool("get_article", {"id": best["id"], "lang": "en"})
            assert not article.is_error, first_text(article)
            shown = json.loads(first_text(article))
            assert shown["id"] == best["id"] and shown["lang"] == "en"
            assert len(shown["steps"]) >= 2 and shown["title"]

            by_code = await session.call_tool("get_article", {"id": "131047", "lang": "en"})
            assert json.loads(first_text(by_code))["id"] == best["id"]

            # Mistakes come back as tool errors the assistant can read, not as a broken session.
            missing = await session.call_tool("get_article", {"id": "no-such-article"})
            assert missing.is_error and "no-such-article" in first_text(missing)
            no_text = await session.call_tool("match_error", {"lang": "en"})
            assert no_text.is_error and "text" in first_text(no_text)
            bad_language = await session.call_tool("search_articles", {"query": "template", "lang": "xx"})
            assert bad_language.is_error and "xx" in first_text(bad_language)
    print("mcp client test: 3 tools listed and called, errors reported as tool errors")


if __name__ == "__main__":
    folder = tempfile.mkdtemp(prefix="fixdesk-mcp-")
    try:
        asyncio.run(main(folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
