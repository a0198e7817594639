"""A Streamlit client that speaks the app's own WebSocket protocol (BackMsg / ForwardMsg
protobufs), without a browser: it measures what the server can carry, where Playwright on
the same 2 cores measures mostly the browser. One `Session` is one visitor's tab."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

WIDGET_FIELDS = ("button", "radio", "selectbox", "checkbox", "text_input", "number_input",
                 "text_area", "toggle", "download_button", "file_uploader", "date_input",
                 "chat_input", "multiselect")


@dataclass
class Widget:
    kind: str
    id: str
    options: list[str] = field(default_factory=list)


class Session:
    def __init__(self, base_url: str):
        self.url = base_url.replace("http://", "ws://") + "/_stcore/stream"
        self.origin = base_url
        self.widgets: dict[str, Widget] = {}  # key -> widget on the current screen
        self.state: dict[str, WidgetState] = {}  # id -> last value sent (like the browser)
        self.page_hash = ""
        self.text: list[str] = []

    async def __aenter__(self) -> Session:
        self.ws = await websockets.connect(self.url, subprotocols=["streamlit"],
                                           origin=self.origin, max_size=None)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.ws.close()

    async def run(self, triggers: tuple[WidgetState, ...] = ()) -> float:
        """One rerun with the current widget values (plus one-off triggers); seconds until
        the server reports the script finished."""
        msg = BackMsg()
        cs = msg.rerun_script
        cs.page_script_hash = self.page_hash
        cs.widget_states.widgets.extend([*self.state.values(), *triggers])
        t0 = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        self.widgets, self.text = {}, []
        while True:
            raw = await asyncio.wait_for(self.ws.recv(), timeout=60)
            fm = ForwardMsg()
            fm.ParseFromString(raw)
            kind = fm.WhichOneof("type")
            if kind == "new_session":
                self.page_hash = self.page_hash or fm.new_session.page_script_hash
            elif kind == "delta" and fm.delta.WhichOneof("type") == "new_element":
                self._element(fm.delta.new_element)
            elif kind == "script_finished":
                return time.perf_counter() - t0

    def _element(self, el) -> None:
        kind = el.WhichOneof("type")
        if kind in WIDGET_FIELDS:
            proto = getattr(el, kind)
            wid = getattr(proto, "id", "")
            if wid:
                key = wid.rsplit("-", 1)[-1]
                opts = list(getattr(proto, "options", [])) if hasattr(proto, "options") else []
                self.widgets[key] = Widget(kind, wid, [str(o) for o in opts])
        elif kind == "markdown":
            self.text.append(el.markdown.body)

    # --- what a visitor does ----------------------------------------------------------------
    def _set(self, key: str, **value) -> None:
        w = self.widgets[key]
        ws = WidgetState(id=w.id, **value)
        self.state[w.id] = ws

    def choose(self, key: str, index: int) -> None:
        self._set(key, string_value=self.widgets[key].options[index])

    def check(self, key: str, on: bool = True) -> None:
        self._set(key, bool_value=on)

    def type(self, key: str, text: str) -> None:
        self._set(key, string_value=text)

    def number(self, key: str, value: float) -> None:
        self._set(key, double_value=value)

    async def click(self, key: str) -> float:
        return await self.run((WidgetState(id=self.widgets[key].id, trigger_value=True),))
