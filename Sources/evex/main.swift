import EventModel
print("evex")
