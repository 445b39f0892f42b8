class Sensor:
    def __init__(self):
        self.value = 21.5
        self.unit = "C"

s = Sensor()
print(s.value, s.unit)
print(s.valeu)
