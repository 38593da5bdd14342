# distances, destinations and places in range
"$EVENTMAP" distance Wonsan Busan
"$EVENTMAP" distance Kyiv Kharkiv --units mi
"$EVENTMAP" within Wonsan --radius "460 km" --min-population 500000 --limit 5
