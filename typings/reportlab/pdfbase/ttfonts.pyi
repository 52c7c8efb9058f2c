from typing import NamedTuple

class TTFontFace:
    charToGlyph: dict[int, int]

class TTFont:
    fontName: str
    face: TTFontFace
    def __init__(self, name: str, filename: str, validate: int = ..., subfontIndex: int = ...,
                 asciiReadable: bool | None = ..., shapable: bool = ...) -> None: ...

class ShapeData(NamedTuple):
    cluster: int
    x_advance: float
    y_advance: float
    x_offset: float
    y_offset: float
    width: float

class ShapedStr(str):
    __shapeData__: list[ShapeData]

def shapeStr(s: str, fontName: str, fontSize: float, force: bool = ...) -> str: ...
