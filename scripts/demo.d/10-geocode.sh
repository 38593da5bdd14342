# geocoding the spellings reports use
for name in Kharkov Zaporizhia Pusan "Wŏnsan" "49°58′54″N 36°15′17″E"; do "$EVENTMAP" geocode "$name" --limit 1; done
