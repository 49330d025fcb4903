import EventModel
import TerminalCore
