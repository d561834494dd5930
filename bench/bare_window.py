"""The floor for start-up: a bare PySide6 window, timed from process start to first paint."""

import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802, ANN001, ANN201
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print(f"BENCH painted {time.time():.6f}", flush=True)
            QTimer.singleShot(0, _quit)
        return False


def _quit() -> None:
    print(f"BENCH maxrss_kb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    QApplication.quit()


app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Bare window"))
window.resize(1024, 700)
probe = _FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
