"""LLM Preflight checks the requests in SDK calls: open this file with the extension installed."""
import anthropic
from openai import OpenAI

openai_client = OpenAI()
claude = anthropic.Anthropic()


def summarize(text: str) -> str:
    completion = openai_client.chat.completions.create(
        model="o3-mini",
        messages=[{"role": "user", "content": f"Summarize: {text}"}],
        temperature=0.2,
        max_tokenz=300,
    )
    return completion.choices[0].message.content or ""


def ask_claude(question: str) -> str:
    message = claude.messages.create(
        model="claude-sonnet-4-5",
        messages=[{"role": "user", "content": [{"type": "text", "text": ""}, {"type": "text", "text": question}]}],
    )
    return message.content[0].text
