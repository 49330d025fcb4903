import EventModel
