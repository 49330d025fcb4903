import CNcurses
import TerminalCore
