"""A one-line progress bar on stderr for the bulk commands (extract_claims,
import_articles); silent unless enabled, e.g. for many files on a terminal."""


class Progress:
    def __init__(self, total: int, stream, *, enabled: bool = True, label: str = ""):
        self.total, self.stream, self.label, self.done = total, stream, label, 0
        self.enabled = enabled and total > 0

    def step(self, item: str = "", *, n: int = 1) -> None:
        """Count `n` more done (default one) and redraw."""
        self.done += n
        if not self.enabled or n <= 0:
            return
        width = 30
        filled = int(width * self.done / self.total)
        prefix = f"{self.label} " if self.label else ""
        self._write(
            f"\r{prefix}[{'#' * filled}{'.' * (width - filled)}] "
            f"{self.done}/{self.total} {item[:40]:<40}"
        )
        if self.done == self.total:
            self._write("\n")
        self.stream.flush()

    def _write(self, text: str) -> None:
        try:  # a management command's OutputWrapper would add a newline
            self.stream.write(text, ending="")
        except TypeError:  # a plain stream (sys.stderr)
            self.stream.write(text)
